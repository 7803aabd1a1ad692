package org.ncii.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileDigestsTest {
    @Test
    void md5AndSha256MatchTheCoreutilsDigestsOfTheFile() throws Exception {
        FileDigests.Digests d = FileDigests.of(ReferenceVectors.named("bridge-1-original.jpg").path());
        assertThat(d.md5()).isEqualTo("d35c785545392755e7e4164457657269");
        assertThat(d.sha256()).isEqualTo("b5b0799616df52d475a3968dc7e54f1d0724c912244ffa6175bc786375dd7298");
    }
}
