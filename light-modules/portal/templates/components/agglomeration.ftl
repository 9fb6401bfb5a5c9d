[#import "/portal/templates/macros/charts.ftl" as charts]
[#assign headingId = "agglomeration-" + content['@name']]
<section class="agglomeration" aria-labelledby="${headingId}">
  <h2 id="${headingId}">${content.heading!i18n['agglomeration.heading']}</h2>
  [@charts.bars model.chart headingId + "-chart"/]
  [#list model.years as year]
  <section class="agglomeration__year" aria-labelledby="${headingId}-${year.year}">
    <h3 id="${headingId}-${year.year}"><a href="${year.link}">${i18n['agglomeration.yearHeading']?replace('{0}', year.year)?replace('{1}', year.members)}</a></h3>
    [#if year.share?has_content || year.participants?has_content]
    <p class="item-list__meta">[#if year.share?has_content]${i18n['agglomeration.share']?replace('{0}', year.share)}[/#if][#if year.participants?has_content] ${i18n['agglomeration.participants']?replace('{0}', year.participants)}[/#if]</p>
    [/#if]
    [#if year.listed?has_content]
    <ul class="member-list">
    [#list year.listed as m]
      <li><a href="${m.link}">${m.title}</a>[#if m.joined] <span class="member-list__new">${i18n['agglomeration.joined']}</span>[/#if]</li>
    [/#list]
    </ul>
    [/#if]
    [#if !year.complete]<p class="item-list__empty">${i18n['agglomeration.incomplete']}</p>[/#if]
  </section>
  [/#list]
</section>
