[#import "/portal/templates/macros/lists.ftl" as lists]
[#assign headingId = "practices-" + content['@name']]
<section class="practice-finder" aria-labelledby="${headingId}">
  <h2 id="${headingId}">${content.heading!i18n['practiceFinder.heading']}</h2>
  <form class="filter-form" method="get" action="${ctx.url}">
    [#list model.filters as filter]
    [#if filter.options?has_content]
    <div class="filter-form__field">
      <label for="${headingId}-${filter.name}">${i18n['practiceFinder.' + filter.name]}</label>
      <select id="${headingId}-${filter.name}" name="${filter.name}">
        <option value="">${i18n['practiceFinder.any']}</option>
        [#list filter.options as option]
        <option value="${option.value}"[#if option.selected] selected[/#if]>${option.label}</option>
        [/#list]
      </select>
    </div>
    [/#if]
    [/#list]
    <div class="filter-form__actions">
      <button type="submit">${i18n['practiceFinder.apply']}</button>
      [#if model.filtered]<a href="${model.resetLink}">${i18n['practiceFinder.reset']}</a>[/#if]
    </div>
  </form>
  <p class="archive__total" role="status">${i18n['practiceFinder.found']?replace('{0}', model.total?c)}</p>
  [#if model.items?has_content]
  <ul class="item-list__items">
  [#list model.items as item]
    <li class="item-list__item">
      <a class="item-list__link" href="${item.link}">${item.title}</a>
      <p class="item-list__meta">
        [#if item.year?has_content]<span>${item.year}</span>[/#if]
        [#if item.organisation?has_content]<span>${item.organisation}</span>[/#if]
        [#if item.municipality.title??]<a href="${item.municipality.link}">${item.municipality.title}</a>[/#if]
        [#if item.mechanism.title??]<a href="${item.mechanism.link}">${item.mechanism.title}</a>[/#if]
      </p>
      [#if item.summary?has_content]<p class="item-list__lead">${item.summary}</p>[/#if]
    </li>
  [/#list]
  </ul>
  [@lists.pager model.pager/]
  [#else]
  <p class="item-list__empty">${i18n['practiceFinder.none']}</p>
  [/#if]
</section>
