<section class="text-block">
  [#if content.heading?has_content]<h2>${content.heading}</h2>[/#if]
  <div class="rich-text">${cmsfn.richText(content.text!)}</div>
</section>
