[#assign pages = cmsfn.children(page, "page")]
[#if pages?has_content]
<section class="child-pages">
  [#if content.heading?has_content]<h2>${content.heading}</h2>[/#if]
  <ul class="card-list">
  [#list pages as child]
    <li class="card">
      <a class="card__link" href="${cmsfn.link(child)}">${child.navTitle!child.title!child['@name']}</a>
      [#if child.description?has_content]<p class="card__text">${child.description}</p>[/#if]
    </li>
  [/#list]
  </ul>
</section>
[/#if]
