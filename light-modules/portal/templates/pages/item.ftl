[#import "/portal/templates/macros/layout.ftl" as layout]
[#import "/portal/templates/macros/fields.ftl" as fields]
[#-- ASSIGNMENTS --]
[#assign heading = content.title!content['@name']]
[#assign lead = content.summary!content.lead!'']
[#-- RENDERING --]
[@layout.page title=heading description=content.description!lead]
<article class="item">
  [#if model.typeLabel?has_content]<p class="document__kind">${model.typeLabel}</p>[/#if]
  <h1 class="page-title">${heading}</h1>
  [#if lead?has_content]<p class="document__summary">${lead}</p>[/#if]
  [@fields.facts model.facts/]
  [#list model.texts as text]
  <section class="text-block">
    <h2>${text.label}</h2>
    <div class="rich-text">${cmsfn.richText(text.html)}</div>
  </section>
  [/#list]
  [#list model.tables as table][@fields.table table/][/#list]
  [#list model.links as group][@fields.links group/][/#list]
  [#list model.files as group][@fields.files group/][/#list]
</article>
[/@layout.page]
