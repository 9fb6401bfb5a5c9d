[#--
  Field blocks of item pages, fed by ItemPageModel: facts (a definition list), tables of composite
  rows (cards on narrow screens, labelled by data-label), related links and files.
--]
[#macro values list]
[#if list?size == 1]${list[0]}[#elseif list?has_content]<ul class="values">[#list list as v]<li>${v}</li>[/#list]</ul>[/#if]
[/#macro]

[#macro facts items]
[#if items?has_content]
<dl class="facts">
  [#list items as fact]
  <div class="facts__row"><dt>${fact.label}</dt><dd>[@values fact.values/]</dd></div>
  [/#list]
</dl>
[/#if]
[/#macro]

[#macro table table]
<section class="data-table" aria-labelledby="table-${table.name}">
  <h2 id="table-${table.name}">${table.label}</h2>
  <table class="responsive-table" aria-labelledby="table-${table.name}">
    <thead>
      <tr>[#list table.columns as column]<th scope="col">${column}</th>[/#list]</tr>
    </thead>
    <tbody>
    [#list table.rows as row]
      <tr>[#list row as cell]<td data-label="${table.columns[cell?index]}">[@values cell/]</td>[/#list]</tr>
    [/#list]
    </tbody>
  </table>
</section>
[/#macro]

[#macro links group]
<section class="related">
  <h2>${group.label}</h2>
  <ul class="related__list">
  [#list group.items as item]
    <li><a href="${item.link}">${item.title}</a></li>
  [/#list]
  </ul>
</section>
[/#macro]

[#macro files group]
<section class="attachments">
  <h2>${group.label}</h2>
  <ul class="attachments__list">
  [#list group.items as asset]
    <li><a href="${asset.link}" download>${asset.title}</a> <span class="attachments__meta">${asset.format!}, ${asset.sizeText!}</span></li>
  [/#list]
  </ul>
</section>
[/#macro]
