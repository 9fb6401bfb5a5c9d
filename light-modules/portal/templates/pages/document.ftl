[#import "/portal/templates/macros/layout.ftl" as layout]
[#import "/portal/templates/macros/fields.ftl" as fields]
[#-- ASSIGNMENTS --]
[#assign kindLabel = content.kind?has_content?then(i18n['document.kind.' + content.kind], '')]
[#assign heading = content.title!content['@name']]
[#-- RENDERING --]
[@layout.page title=heading description=content.description!content.summary!]
<article class="document">
  [#if kindLabel?has_content]<p class="document__kind">${kindLabel}</p>[/#if]
  <h1 class="page-title">${heading}</h1>
  <dl class="facts">
    [#if content.number?has_content]
    <div class="facts__row"><dt>${i18n['document.number']}</dt><dd>№ ${content.number}</dd></div>
    [/#if]
    [#if content.date?has_content]
    <div class="facts__row"><dt>${i18n['document.date']}</dt><dd><time datetime="${content.date}">${cmsfn.date(content.date)}</time></dd></div>
    [/#if]
    [#if content.issuer?has_content]
    <div class="facts__row"><dt>${i18n['document.issuer']}</dt><dd>${content.issuer}</dd></div>
    [/#if]
    [#if content.signatory?has_content]
    <div class="facts__row"><dt>${i18n['document.signatory']}</dt><dd>${content.signatory}[#if content.signatoryPosition?has_content], ${content.signatoryPosition?lower_case}[/#if]</dd></div>
    [/#if]
    [#if content.status?has_content]
    <div class="facts__row"><dt>${i18n['document.status']}</dt><dd><span class="status status--${content.status}">${i18n['document.status.' + content.status]}</span></dd></div>
    [/#if]
    [#if content.basis?has_content]
    <div class="facts__row"><dt>${i18n['document.basis']}</dt><dd>${content.basis}</dd></div>
    [/#if]
    [#if content.executor?has_content]
    <div class="facts__row"><dt>${i18n['document.executor']}</dt><dd>${content.executor}</dd></div>
    [/#if]
  </dl>
  [#if content.summary?has_content]
  <p class="document__summary">${content.summary}</p>
  [/#if]
  <div class="rich-text">${cmsfn.richText(content.body!)}</div>
  [#list model.tables as table][@fields.table table/][/#list]
  [#list model.files as group][@fields.files group/][/#list]
  [#list model.links as group][@fields.links group/][/#list]
</article>
[/@layout.page]
