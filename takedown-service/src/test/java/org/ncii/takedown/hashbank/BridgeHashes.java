package org.ncii.takedown.hashbank;

import java.util.ArrayList;
import java.util.List;

import org.ncii.events.ContentHash;
import org.ncii.events.HashAlgorithm;

/**
 * What {@code takedown-hash bridge-1-original.jpg} prints (the published PDQ reference image, its seven dihedral
 * variants computed in one pass, MD5 and SHA-256), and the published hash of {@code bridge-6-flipy.jpg}.
 */
final class BridgeHashes {
    static final String ORIGINAL = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22";
    static final String FLIPY_FILE = "8dad2599b1a1bd1853625f6553da32a1e63b7280c2374b4866b366c91bc9ce77";
    static final String MD5 = "d35c785545392755e7e4164457657269";
    static final String SHA256 = "b5b0799616df52d475a3968dc7e54f1d0724c912244ffa6175bc786375dd7298";
    private static final String[][] VARIANTS = {
        {"ROTATE_90", "f0a10efd71cc3d429053d48d0ffffc12e34e0e17ada952a9d29685210aa9e5af"},
        {"ROTATE_180", "adad5a66b5a142e55b62a08843dacd5ae63b847fc23794b766b399361bc93188"},
        {"ROTATE_270", "a5f0a457a48995e8c9065c275aaa5498b61ba4bdf8fcf80387c32f8b4bfc4f05"},
        {"FLIP_X", "f8f80f33e0f417b00e37f5cd028f980fb36ed02a9662c1e233e64c634e9c64dd"},
        {"FLIP_Y", "8dada599b1a1bd185362576542da32a5e63b7a80c2374b4866b366c91bc9ce77"},
        {"FLIP_PLUS_1", "f0a1f102f1dcc0bd9c5309720fff018de34ef1e8ada9a956d2967ade0ea91a50"},
        {"FLIP_MINUS_1", "a5f45ba8a4896817c906a1d85aaaab07b61b5b42f8fc03fc87c3d0744bfcb0fa"},
    };

    private BridgeHashes() {
    }

    /** The ten hashes the tool prints for the original, as a report carries them. */
    static List<ContentHash> original() {
        List<ContentHash> all = new ArrayList<>();
        all.add(new ContentHash(HashAlgorithm.PDQ, ORIGINAL, 100, null));
        for (String[] v : VARIANTS) {
            all.add(new ContentHash(HashAlgorithm.PDQ, v[1], 100, v[0]));
        }
        all.add(new ContentHash(HashAlgorithm.MD5, MD5, null, null));
        all.add(new ContentHash(HashAlgorithm.SHA256, SHA256, null, null));
        return all;
    }

    static List<ContentHash> flipy() {
        return List.of(new ContentHash(HashAlgorithm.PDQ, FLIPY_FILE, 100, null));
    }
}
