[#--
  A bar chart laid out by BarChart: the SVG for the eye, the same numbers as a table for everyone
  (screen readers, the visually impaired mode, printing). Usage: [@charts.bars chart "id"/]
--]
[#macro bars chart id]
[#if !chart.empty]
<figure class="chart" aria-labelledby="${id}-caption">
  <figcaption id="${id}-caption" class="chart__caption">${chart.title}</figcaption>
  <svg class="chart__svg" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="${id}-svg-title" focusable="false">
    <title id="${id}-svg-title">${chart.title}</title>
    [#list chart.groups as group]
    <text class="chart__label" x="0" y="${group.labelY}">${group.label}</text>
    [#list group.bars as bar]
    <rect class="chart__bar chart__bar--${bar.seriesIndex}" x="${chart.plotX}" y="${bar.y}" width="${bar.width}" height="${chart.barHeight}"></rect>
    <text class="chart__value" x="${bar.textX}" y="${bar.textY}">${bar.valueText}</text>
    [/#list]
    [/#list]
  </svg>
  [#if chart.series?size > 1]
  <ul class="chart__legend">
    [#list chart.series as name]<li><span class="chart__swatch chart__bar--${name?index}"></span>${name}</li>[/#list]
  </ul>
  [/#if]
  <table class="chart__table">
    <caption>${i18n['chart.tableCaption']?replace('{0}', chart.title)}</caption>
    <thead>
      <tr><th scope="col">${chart.groupHeading}</th>[#list chart.series as name]<th scope="col">${name}</th>[/#list]</tr>
    </thead>
    <tbody>
    [#list chart.groups as group]
      <tr><th scope="row">${group.label}</th>[#list group.values as value]<td>${value}</td>[/#list]</tr>
    [/#list]
    </tbody>
  </table>
</figure>
[/#if]
[/#macro]
