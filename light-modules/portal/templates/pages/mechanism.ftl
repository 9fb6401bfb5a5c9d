[#import "/portal/templates/macros/layout.ftl" as layout]
[#import "/portal/templates/macros/fields.ftl" as fields]
[#import "/portal/templates/macros/charts.ftl" as charts]
[#-- ASSIGNMENTS --]
[#assign heading = (content.code?has_content)?then(content.code + ". ", "") + (content.title!content['@name'])]
[#assign lead = content.summary!'']
[#-- RENDERING --]
[@layout.page title=heading description=content.description!lead]
<article class="item mechanism">
  [#if model.groupTitle?has_content]<p class="document__kind">${model.groupTitle}</p>[/#if]
  <h1 class="page-title">${heading}</h1>
  [#if lead?has_content]<p class="document__summary">${lead}</p>[/#if]
  [@fields.facts model.item.facts/]
  [#list model.item.texts as text]
  <section class="text-block">
    <h2>${text.label}</h2>
    <div class="rich-text">${cmsfn.richText(text.html)}</div>
  </section>
  [/#list]
  [#if !model.chart.empty]
  <section class="scores" aria-labelledby="scores-heading">
    <h2 id="scores-heading">${i18n['mechanism.scores']}</h2>
    [@charts.bars model.chart "scores-chart"/]
  </section>
  [/#if]
  <section class="cycle" aria-labelledby="cycle-heading">
    <h2 id="cycle-heading">${i18n['mechanism.cycle']}</h2>
    [#if !model.hasStageDocuments]<p class="item-list__empty">${i18n['mechanism.cycle.empty']}</p>[/#if]
    <ol class="cycle__stages">
    [#list model.stages as stage]
      <li class="cycle__stage">
        <span class="cycle__label">${stage.label}</span>
        [#if stage.documents?has_content]
        <ul>[#list stage.documents as d]<li><a href="${d.link}">${d.title}</a></li>[/#list]</ul>
        [/#if]
      </li>
    [/#list]
    </ol>
  </section>
  [#list model.item.tables as table][@fields.table table/][/#list]
  [#if model.related?has_content]
  <section class="related">
    <h2>${i18n['mechanism.related']}</h2>
    <ul class="related__list">
    [#list model.related as r]
      <li><a href="${r.link}">${r.title}</a>[#if r.type?has_content || r.dateText?has_content] <span class="item-list__meta">${r.type}[#if r.dateText?has_content], ${r.dateText}[/#if]</span>[/#if]</li>
    [/#list]
    </ul>
  </section>
  [/#if]
  [#list model.item.links as group][@fields.links group/][/#list]
  [#list model.item.files as group][@fields.files group/][/#list]
</article>
[/@layout.page]
