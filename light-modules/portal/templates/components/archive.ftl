[#import "/portal/templates/macros/lists.ftl" as lists]
[#assign headingId = "archive-" + content['@name']]
<section class="item-list archive" aria-labelledby="${headingId}">
  <h2 id="${headingId}">${content.heading!i18n['archive.heading']}[#if !model.allYears] — ${model.year}[/#if]</h2>
  [#if model.years?has_content]
  <nav class="archive__years" aria-label="${i18n['archive.years']}">
    <ul>
      <li>[#if model.allYears]<a href="${model.allYearsLink}" aria-current="page">${i18n['archive.allYears']}</a>[#else]<a href="${model.allYearsLink}">${i18n['archive.allYears']}</a>[/#if]</li>
      [#list model.years as y]
      <li>[#if y.current]<a href="${y.link}" aria-current="page">${y.year}</a>[#else]<a href="${y.link}">${y.year}</a>[/#if] <span class="archive__count">(${y.count})</span></li>
      [/#list]
    </ul>
  </nav>
  [/#if]
  [#if model.items?has_content]
  <p class="archive__total">${i18n['archive.total']?replace('{0}', model.total?c)}</p>
  [@lists.items model.items/]
  [@lists.pager model.pager/]
  [#else]
  <p class="item-list__empty">${i18n['itemList.empty']}</p>
  [/#if]
</section>
