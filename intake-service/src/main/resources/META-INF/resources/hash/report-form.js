/*
 * Adds "work out fingerprints on this device" to the report form: the victim picks a picture or video, a worker
 * hashes it here (PDQ with its dihedral variants when it is a picture, MD5 and SHA-256 always), and only the
 * hashes go into the form's hidden "hashes" field. The file input has no name, so the file is never submitted;
 * without JavaScript the fieldset stays hidden and the form works as before.
 */
(function () {
  'use strict';
  var fieldset = document.getElementById('hashes');
  var hidden = document.getElementById('hashes-value');
  if (!fieldset || !hidden || typeof Worker === 'undefined') {
    return;
  }
  // The fields the report API's hashes take: the worker's PDQ quality and dihedral variant go with each hash.
  var SENT_FIELDS = ['algorithm', 'value', 'quality', 'variant'];
  var MAX_HASHES = 10;

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  var statement = element('p', { 'class': 'hint', id: 'hashes-statement' },
    'The picture or video does not leave your device. Only its fingerprints are added to your report.');
  var label = element('label', { 'class': 'label', 'for': 'hashes-file' }, 'Choose a picture or video');
  var input = element('input', { type: 'file', id: 'hashes-file', 'class': 'file-upload',
    accept: 'image/*,video/*', 'aria-describedby': 'hashes-statement hashes-status' });
  var progress = element('progress', { id: 'hashes-progress', max: '100', value: '0', hidden: '',
    'aria-label': 'Working out fingerprints' });
  var status = element('p', { id: 'hashes-status', 'class': 'hint', role: 'status', 'aria-live': 'polite' });
  var clear = element('button', { type: 'button', 'class': 'button button--secondary', hidden: '' },
    'Remove fingerprints');
  [statement, label, input, progress, status, clear].forEach(function (n) { fieldset.appendChild(n); });
  fieldset.hidden = false;
  if (hidden.value) {
    status.textContent = 'Fingerprints are added to this report.';
    clear.hidden = false;
  }

  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (!file) {
      return;
    }
    var worker = new Worker('/hash/hash-worker.js');
    progress.hidden = false;
    progress.value = 0;
    status.textContent = 'Working out fingerprints on your device…';
    worker.onmessage = function (event) {
      var message = event.data;
      if (message.type === 'progress') {
        progress.value = Math.round(message.fraction * 100);
        return;
      }
      worker.terminate();
      input.value = '';
      progress.hidden = true;
      if (message.type === 'error') {
        status.textContent = 'The fingerprints could not be worked out. You can still send the report without them.';
        return;
      }
      var hashes = message.result.hashes.slice(0, MAX_HASHES).map(function (h) {
        var sent = {};
        SENT_FIELDS.forEach(function (k) { sent[k] = h[k]; });
        return sent;
      });
      hidden.value = JSON.stringify(hashes);
      var weak = message.result.notShared.length;
      status.textContent = hashes.length + ' fingerprints added. The file itself stayed on your device.'
        + (weak ? ' The picture has too little detail for a reliable picture fingerprint, so that one is not shared.' : '');
      clear.hidden = false;
    };
    worker.postMessage(file);
  });

  clear.addEventListener('click', function () {
    hidden.value = '';
    status.textContent = 'Fingerprints removed.';
    clear.hidden = true;
  });
})();
