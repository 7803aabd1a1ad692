/*
 * PDQ perceptual hash (256 bits, with quality score and the eight dihedral variants), our own JavaScript
 * implementation of the algorithm Meta published (ThreatExchange hashing.pdf); the same steps as the platform's
 * Java implementation (platform-hashing, PdqHasher), in float32 arithmetic like it. Runs in a page or a worker.
 * It only computes: nothing here sends anything anywhere, and the image never leaves the device.
 */
(function (root) {
  'use strict';
  var SIDE = 64;
  var KEPT = 16;
  var f = Math.fround;
  var VARIANTS = ['ORIGINAL', 'ROTATE_90', 'ROTATE_180', 'ROTATE_270', 'FLIP_X', 'FLIP_Y', 'FLIP_PLUS_1',
    'FLIP_MINUS_1'];

  var DCT = (function () {
    var m = new Float32Array(KEPT * SIDE);
    var scale = Math.sqrt(2 / SIDE);
    for (var u = 0; u < KEPT; u++) {
      for (var x = 0; x < SIDE; x++) {
        m[u * SIDE + x] = scale * Math.cos(Math.PI / (2 * SIDE) * (u + 1) * (2 * x + 1));
      }
    }
    return m;
  })();

  /** Luminance (0..255) of RGBA pixels, row-major. */
  function luma(rgba, width, height) {
    var out = new Float32Array(width * height);
    var cr = f(0.299), cg = f(0.587), cb = f(0.114);
    for (var i = 0, p = 0; i < out.length; i++, p += 4) {
      out[i] = f(f(f(cr * rgba[p]) + f(cg * rgba[p + 1])) + f(cb * rgba[p + 2]));
    }
    return out;
  }

  function windowSize(length) {
    return Math.floor((length + 2 * SIDE - 1) / (2 * SIDE));
  }

  /* Mean over a window around each sample (one more ahead than behind when even), shrunk at the edges. */
  function box(input, output, start, stride, length, window) {
    var ahead = Math.floor(window / 2);
    var behind = window - 1 - ahead;
    var sum = 0, lo = 0, hi = -1;
    for (var k = 0; k < length; k++) {
      var wantHi = Math.min(length - 1, k + ahead);
      var wantLo = Math.max(0, k - behind);
      while (hi < wantHi) {
        hi++;
        sum = f(sum + input[start + hi * stride]);
      }
      while (lo < wantLo) {
        sum = f(sum - input[start + lo * stride]);
        lo++;
      }
      output[start + k * stride] = f(sum / (hi - lo + 1));
    }
  }

  function tent(plane, rows, cols) {
    // As in the Java implementation: the published hashes need each axis's box sized from the other axis.
    var rowWindow = windowSize(rows);
    var colWindow = windowSize(cols);
    var scratch = new Float32Array(plane.length);
    for (var pass = 0; pass < 2; pass++) {
      for (var r = 0; r < rows; r++) {
        box(plane, scratch, r * cols, 1, cols, rowWindow);
      }
      for (var c = 0; c < cols; c++) {
        box(scratch, plane, c, cols, rows, colWindow);
      }
    }
  }

  function decimate(plane, rows, cols) {
    var out = new Float32Array(SIDE * SIDE);
    for (var i = 0; i < SIDE; i++) {
      var r = Math.floor((i + 0.5) * rows / SIDE);
      for (var j = 0; j < SIDE; j++) {
        var c = Math.floor((j + 0.5) * cols / SIDE);
        out[i * SIDE + j] = plane[r * cols + c];
      }
    }
    return out;
  }

  function quality(small) {
    var gradient = 0;
    for (var i = 0; i < SIDE - 1; i++) {
      for (var j = 0; j < SIDE; j++) {
        gradient += Math.abs(Math.trunc(f(f(f(small[i * SIDE + j] - small[(i + 1) * SIDE + j]) * 100) / 255)));
      }
    }
    for (i = 0; i < SIDE; i++) {
      for (j = 0; j < SIDE - 1; j++) {
        gradient += Math.abs(Math.trunc(f(f(f(small[i * SIDE + j] - small[i * SIDE + j + 1]) * 100) / 255)));
      }
    }
    return Math.min(100, Math.floor(gradient / 90));
  }

  function dct16(a) {
    var half = new Float32Array(KEPT * SIDE);
    for (var u = 0; u < KEPT; u++) {
      for (var x = 0; x < SIDE; x++) {
        var s = 0;
        for (var y = 0; y < SIDE; y++) {
          s = f(s + f(DCT[u * SIDE + y] * a[y * SIDE + x]));
        }
        half[u * SIDE + x] = s;
      }
    }
    var out = new Float32Array(KEPT * KEPT);
    for (u = 0; u < KEPT; u++) {
      for (var v = 0; v < KEPT; v++) {
        s = 0;
        for (x = 0; x < SIDE; x++) {
          s = f(s + f(half[u * SIDE + x] * DCT[v * SIDE + x]));
        }
        out[u * KEPT + v] = s;
      }
    }
    return out;
  }

  /* Mirroring or rotating the image only negates and transposes DCT coefficients. */
  function transform(b, variant) {
    var out = new Float32Array(KEPT * KEPT);
    for (var u = 0; u < KEPT; u++) {
      for (var v = 0; v < KEPT; v++) {
        var rowSign = u % 2 === 0 ? -1 : 1;
        var colSign = v % 2 === 0 ? -1 : 1;
        var same = b[u * KEPT + v];
        var swapped = b[v * KEPT + u];
        var value;
        switch (variant) {
          case 'ORIGINAL': value = same; break;
          case 'FLIP_X': value = rowSign * same; break;
          case 'FLIP_Y': value = colSign * same; break;
          case 'ROTATE_180': value = rowSign * colSign * same; break;
          case 'FLIP_PLUS_1': value = swapped; break;
          case 'FLIP_MINUS_1': value = rowSign * colSign * swapped; break;
          case 'ROTATE_90': value = rowSign * swapped; break;
          case 'ROTATE_270': value = colSign * swapped; break;
        }
        out[u * KEPT + v] = value;
      }
    }
    return out;
  }

  /* One bit per coefficient above the median; coefficient row u is the u-th 16-bit group from the end. */
  function bits(b) {
    var sorted = Float32Array.from(b).sort();
    var median = sorted[b.length / 2 - 1];
    var hex = '';
    for (var u = KEPT - 1; u >= 0; u--) {
      var group = 0;
      for (var v = 0; v < KEPT; v++) {
        if (b[u * KEPT + v] > median) {
          group |= 1 << v;
        }
      }
      hex += ('000' + group.toString(16)).slice(-4);
    }
    return hex;
  }

  /**
   * The eight dihedral PDQ hashes of an RGBA image: [{variant, value, quality}], ORIGINAL first. `progress`
   * (optional) is called with a fraction 0..1 as the work advances.
   */
  function hashRgba(rgba, width, height, progress) {
    var tell = progress || function () {};
    var plane = luma(rgba, width, height);
    tell(0.2);
    tent(plane, height, width);
    tell(0.7);
    var small = decimate(plane, height, width);
    var q = quality(small);
    var coefficients = dct16(small);
    tell(0.9);
    return VARIANTS.map(function (variant) {
      return { variant: variant, value: bits(transform(coefficients, variant)), quality: q };
    });
  }

  function distance(a, b) {
    var d = 0;
    for (var i = 0; i < 64; i++) {
      var x = parseInt(a[i], 16) ^ parseInt(b[i], 16);
      d += (x & 1) + ((x >> 1) & 1) + ((x >> 2) & 1) + ((x >> 3) & 1);
    }
    return d;
  }

  root.NciiPdq = { hashRgba: hashRgba, distance: distance, VARIANTS: VARIANTS, MIN_QUALITY: 50 };
})(typeof self !== 'undefined' ? self : this);
