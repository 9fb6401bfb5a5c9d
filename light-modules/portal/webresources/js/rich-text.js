/*
 * Turns every <textarea data-rich-text> of the workspace into a TinyMCE editor. Without JavaScript
 * (or if the editor fails to load) the text area stays and holds plain HTML; either way the server
 * sanitises what is saved.
 */
(function () {
  'use strict';
  if (!window.tinymce || !document.querySelector('textarea[data-rich-text]')) {
    return;
  }
  window.tinymce.init({
    selector: 'textarea[data-rich-text]',
    language: 'ru',
    menubar: false,
    branding: false,
    promotion: false,
    // the element path in the status bar is not needed and carries ARIA attributes its role does not allow
    elementpath: false,
    plugins: 'lists link table autoresize',
    toolbar: 'undo redo | blocks | bold italic | bullist numlist | link table | removeformat',
    block_formats: 'Абзац=p; Заголовок 2=h2; Заголовок 3=h3; Заголовок 4=h4',
    link_default_target: '',
    link_target_list: false,
    relative_urls: false,
    convert_urls: false,
    min_height: 260,
    // the editor writes its content back into the text area before the form is posted
    setup: function (editor) {
      editor.on('change input undo redo', function () { editor.save(); });
    }
  });
}());
