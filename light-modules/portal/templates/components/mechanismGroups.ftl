[#import "/portal/templates/macros/charts.ftl" as charts]
[#assign level = content.heading?has_content?then(3, 2)]
<section class="mechanism-groups">
  [#if content.heading?has_content]<h2>${content.heading}</h2>[/#if]
  [#list model.groups as group]
  <section class="mechanism-group" aria-labelledby="mechanism-group-${group.number}">
    <h${level} id="mechanism-group-${group.number}">${group.number}. ${group.title}</h${level}>
    <ul class="card-list">
    [#list group.mechanisms as m]
      <li class="card">
        <a class="card__link" href="${m.link}">${m.code}. ${m.title}</a>
        [#if m.summary?has_content]<p class="card__text">${m.summary}</p>[/#if]
        [#if m.year?has_content]
        <p class="card__meta">${i18n['mechanisms.scoresIn']?replace('{0}', m.year)}: ${i18n['mechanism.municipal']} — ${m.municipal}; ${i18n['mechanism.regional']} — ${m.regional}</p>
        [/#if]
      </li>
    [/#list]
    </ul>
  </section>
  [/#list]
  [@charts.bars model.chart "mechanisms-chart"/]
</section>
