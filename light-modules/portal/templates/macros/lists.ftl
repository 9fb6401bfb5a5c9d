[#--
  Lists shared by the list components: items (title, date, lead) and a pager.
--]
[#macro items list]
<ul class="item-list__items">
[#list list as item]
  <li class="item-list__item">
    [#if item.date?has_content]<time class="item-list__date" datetime="${item.date}">${item.dateText}</time>[/#if]
    <a class="item-list__link" href="${item.link}">${item.title}</a>
    [#if item.lead?has_content]<p class="item-list__lead">${item.lead}</p>[/#if]
  </li>
[/#list]
</ul>
[/#macro]

[#macro pager pager]
[#if pager.paged]
<nav class="pager" aria-label="${i18n['pager.label']}">
  <ul class="pager__list">
    [#if pager.previous?has_content]<li><a class="pager__step" href="${pager.previous}" rel="prev">${i18n['pager.previous']}</a></li>[/#if]
    [#list pager.links as p]
    <li>[#if p.current]<a href="${p.link}" aria-current="page">${p.number}</a>[#else]<a href="${p.link}">${p.number}</a>[/#if]</li>
    [/#list]
    [#if pager.next?has_content]<li><a class="pager__step" href="${pager.next}" rel="next">${i18n['pager.next']}</a></li>[/#if]
  </ul>
  <p class="pager__status">${i18n['pager.status']?replace('{0}', pager.page?c)?replace('{1}', pager.pages?c)}</p>
</nav>
[/#if]
[/#macro]
