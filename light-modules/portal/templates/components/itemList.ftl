[#import "/portal/templates/macros/lists.ftl" as lists]
<section class="item-list">
  [#if content.heading?has_content]<h2>${content.heading}</h2>[/#if]
  [#if model.items?has_content]
  [@lists.items model.items/]
  [#else]
  <p class="item-list__empty">${i18n['itemList.empty']}</p>
  [/#if]
</section>
