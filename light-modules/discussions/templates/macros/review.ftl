[#-- The aggregated expert review: per criterion, verdicts, coverage. Usage: [@review.aggregate review/] --]
[#macro aggregate r]
<p>Назначено экспертов: ${r.coverage().assigned()?c}; заявили конфликт интересов: ${r.coverage().recused()?c}; оценки получены: ${r.coverage().submitted()?c}; просрочено: ${r.coverage().overdue()?c}.</p>
[#if r.criteria()?has_content]
<table class="data-table">
  <caption>Оценки по критериям</caption>
  <thead><tr><th scope="col">Критерий</th><th scope="col">Оценок</th><th scope="col">Среднее</th><th scope="col">Разброс (ст. откл.)</th><th scope="col">Мин–макс</th><th scope="col">Распределение</th></tr></thead>
  <tbody>
  [#list r.criteria() as c]
    <tr><td>${c.title()}</td><td>${c.count()?c}</td><td>${c.meanText()}</td><td>${c.deviationText()}</td><td>${c.rangeText()}</td>
      <td>[#list c.distribution() as l]${l.score()?c}: ${l.count()?c}[#sep]; [/#list]</td></tr>
  [/#list]
  </tbody>
</table>
[/#if]
<table class="data-table">
  <caption>Заключения экспертов</caption>
  <thead><tr><th scope="col">Заключение</th><th scope="col">Экспертов</th></tr></thead>
  <tbody>[#list r.verdicts() as v]<tr><td>${v.label()}</td><td>${v.count()?c}</td></tr>[/#list]</tbody>
</table>
[/#macro]
