[#-- ASSIGNMENTS --]
[#assign target = content.link?has_content?then(cmsfn.content(content.link)!, '')]
[#-- RENDERING --]
<article class="teaser">
  <h2 class="teaser__title">
  [#if target?has_content]<a href="${cmsfn.link(target)}">${content.heading!target.title!}</a>[#else]${content.heading!}[/#if]
  </h2>
  [#if content.text?has_content]<p class="teaser__text">${content.text}</p>[/#if]
</article>
