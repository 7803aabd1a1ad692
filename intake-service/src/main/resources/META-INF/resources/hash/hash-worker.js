/*
 * Hashes one file off the page's main thread: PDQ (with its seven dihedral variants) when it is an image, MD5
 * and SHA-256 of its bytes always. Receives the File from the page and posts back progress and the hashes; the
 * file is read here, on the device, and sent nowhere.
 */
importScripts('pdq.js', 'md5.js');

self.onmessage = function (event) {
  var file = event.data;
  hashFile(file).then(function (result) {
    self.postMessage({ type: 'done', result: result });
  }, function (error) {
    self.postMessage({ type: 'error', message: String(error && error.message || error) });
  });
};

function progress(fraction) {
  self.postMessage({ type: 'progress', fraction: fraction });
}

async function hashFile(file) {
  progress(0.02);
  var bytes = new Uint8Array(await file.arrayBuffer());
  progress(0.1);
  var pdq = [];
  var withheld = [];
  var image = await decode(file);
  if (image) {
    var hashes = self.NciiPdq.hashRgba(image.data, image.width, image.height, function (f) {
      progress(0.1 + 0.7 * f);
    });
    hashes.forEach(function (h) {
      var entry = { algorithm: 'PDQ', value: h.value, quality: h.quality };
      if (h.variant !== 'ORIGINAL') {
        entry.variant = h.variant;
      }
      (h.quality >= self.NciiPdq.MIN_QUALITY ? pdq : withheld).push(entry);
    });
  }
  progress(0.85);
  var md5 = self.NciiMd5(bytes);
  var sha = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  var sha256 = Array.from(sha, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  progress(1);
  return {
    hashes: pdq.concat([{ algorithm: 'MD5', value: md5 }, { algorithm: 'SHA256', value: sha256 }]),
    notShared: withheld
  };
}

async function decode(file) {
  try {
    var bitmap = await createImageBitmap(file, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
    var canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    var context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(bitmap, 0, 0);
    var data = context.getImageData(0, 0, bitmap.width, bitmap.height);
    bitmap.close();
    return data;
  } catch (e) {
    return null; // not an image the browser can decode (a video, say): digests only
  }
}
