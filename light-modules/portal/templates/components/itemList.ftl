<section class="item-list">
  [#if content.heading?has_content]<h2>${content.heading}</h2>[/#if]
  [#if model.items?has_content]
  <ul class="item-list__items">
  [#list model.items as item]
    <li class="item-list__item">
      [#if item.date?has_content]<time class="item-list__date" datetime="${item.date}">${item.dateText}</time>[/#if]
      <a class="item-list__link" href="${item.link}">${item.title}</a>
      [#if item.lead?has_content]<p class="item-list__lead">${item.lead}</p>[/#if]
    </li>
  [/#list]
  </ul>
  [#else]
  <p class="item-list__empty">${i18n['itemList.empty']}</p>
  [/#if]
</section>
