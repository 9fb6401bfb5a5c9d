[#import "/discussions/templates/macros/ui.ftl" as ui]
[@ui.page title=pageTitle]
<h1 class="page-title">${pageTitle}</h1>
<p>Проекты документов о механизмах управления качеством образования выносятся на профессионально-общественное обсуждение и экспертизу. Читать обсуждения может каждый; чтобы участвовать, <a href="/register">зарегистрируйтесь</a> или <a href="/login">войдите</a>. Действующие эксперты регионального реестра участвуют и в экспертной части.</p>
[#if rows?has_content]
<ul class="item-list__items">
[#list rows as row]
  <li class="item-list__item">
    <a class="item-list__link" href="/discussions/${row.id()}">${row.title()}</a>
    <p class="item-list__meta"><span>${row.phase()}</span> <span>${row.period()}</span>[#if row.resultsPublished()] <a href="/discussions/${row.id()}/results">Итоги</a>[/#if]</p>
  </li>
[/#list]
</ul>
[#else]
<p class="item-list__empty">Обсуждений пока нет.</p>
[/#if]
[/@ui.page]
