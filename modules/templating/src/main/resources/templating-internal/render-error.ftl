[#-- Shown in place of a failed component where component errors are shown (preview, development). --]
<div class="render-error" role="alert">
  <p><strong>Компонент не удалось показать</strong> (${template}, ${path})</p>
  <pre>${message}</pre>
</div>
