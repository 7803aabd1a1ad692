package org.ncii.takedown.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every platform the issue names is recognised by its hosts and CDNs, with the content id read from the URL. */
class HostMatchingTest {
    private static final PlatformCatalogue REGISTRY = BundledRegistry.load().catalogue();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            https://www.facebook.com/jane.doe/posts/pfbid02AbCdEf                       | FACEBOOK      | pfbid02AbCdEf
            https://m.facebook.com/story.php?story_fbid=1234567890&id=42                | FACEBOOK      | 1234567890
            https://www.facebook.com/photo/?fbid=987654321&set=a.1                      | FACEBOOK      | 987654321
            https://fb.com/watch/?v=5550001                                             | FACEBOOK      | 5550001
            https://scontent-lhr8-1.xx.fbcdn.net/v/t39.30808-6/123_456789012_333_n.jpg  | FACEBOOK      | 456789012
            https://www.instagram.com/p/C0dEfGhIjK/                                     | INSTAGRAM     | C0dEfGhIjK
            https://instagram.com/reel/Cx1_y-2/                                         | INSTAGRAM     | Cx1_y-2
            https://www.threads.net/@someone/post/C3xYz                                 | THREADS       | C3xYz
            https://www.messenger.com/t/100012345                                       | MESSENGER     | 100012345
            https://x.com/someone/status/1790000000000000001                            | X             | 1790000000000000001
            https://twitter.com/someone/status/1790000000000000002?s=20                 | X             | 1790000000000000002
            https://t.co/AbC123xYz                                                      | X             | AbC123xYz
            https://pbs.twimg.com/media/GAbcDEF123?format=jpg&name=large                | X             | GAbcDEF123
            https://www.tiktok.com/@someone/video/7300000000000000000                   | TIKTOK        | 7300000000000000000
            https://vm.tiktok.com/ZMabc123/                                             | TIKTOK        | ZMabc123
            https://www.reddit.com/r/somesub/comments/1abcde/a_title/                   | REDDIT        | 1abcde
            https://redd.it/1abcde                                                      | REDDIT        | 1abcde
            https://i.redd.it/abcd1234efgh.jpg                                          | REDDIT        | abcd1234efgh
            https://preview.redd.it/some-title-v0-k2abc9def.jpeg?width=640&auto=webp    | REDDIT        | k2abc9def
            https://www.snapchat.com/spotlight/W7_EDlXWTBiXAEEniNoMPwAAYZ3Vk            | SNAPCHAT      | W7_EDlXWTBiXAEEniNoMPwAAYZ3Vk
            https://t.me/somechannel/1234                                               | TELEGRAM      | somechannel/1234
            https://cdn.discordapp.com/attachments/1100000000000000000/1200000000000000000/a.png | DISCORD | 1100000000000000000/1200000000000000000
            https://media.discordapp.net/attachments/11/22/b.jpg                        | DISCORD       | 11/22
            https://www.youtube.com/watch?v=dQw4w9WgXcQ                                 | YOUTUBE       | dQw4w9WgXcQ
            https://youtu.be/dQw4w9WgXcQ                                                | YOUTUBE       | dQw4w9WgXcQ
            https://www.youtube.com/shorts/abcdefghijk                                  | YOUTUBE       | abcdefghijk
            https://www.google.com/search?q=jane+doe&tbm=isch                           | GOOGLE_SEARCH | jane+doe
            https://www.google.com/url?q=https%3A%2F%2Fbad.example%2Fx&sa=U             | GOOGLE_SEARCH | https://bad.example/x
            https://www.google.co.uk/search?q=someone                                   | GOOGLE_SEARCH | someone
            https://images.google.com/imgres?imgurl=https%3A%2F%2Fbad.example%2Fi.jpg   | GOOGLE_SEARCH | https://bad.example/i.jpg
            https://www.bing.com/images/search?q=someone&id=AB12                        | BING          | someone
            https://www.pornhub.com/view_video.php?viewkey=ph5f1a2b3c4d5e6              | PORNHUB       | ph5f1a2b3c4d5e6
            https://www.youporn.com/watch/16543210/some-title/                          | YOUPORN       | 16543210
            https://www.redtube.com/40123456                                            | REDTUBE       | 40123456
            https://onlyfans.com/123456789/someone                                      | ONLYFANS      | 123456789/someone
            https://i.imgur.com/AbC12dE.jpeg                                            | IMGUR         | AbC12dE
            https://imgur.com/gallery/some-title-AbC12dE                                | IMGUR         | AbC12dE
            https://someone.tumblr.com/post/712345678901234567/title                    | TUMBLR        | 712345678901234567
            https://www.tumblr.com/someone/712345678901234567                           | TUMBLR        | 712345678901234567
            """)
    void urlBelongsToItsPlatformWithContentId(String url, String platform, String contentId) {
        PlatformMatch match = REGISTRY.match(url);
        assertThat(match.platformId()).isEqualTo(platform);
        assertThat(match.contentId()).isEqualTo(contentId);
    }

    @ParameterizedTest(name = "{0} is a hosting-provider URL of site {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://facebook.com.evil.example/posts/1      | evil.example
            https://www.notfacebook.com/x                  | notfacebook.com
            https://fbcdn.net.cdn.example/v/1_2_3_n.jpg    | cdn.example
            https://x.com.co/status/1                      | x.com.co
            https://cdn.shady-host.co.uk/a.jpg             | shady-host.co.uk
            https://someone.github.io/img.png              | someone.github.io
            https://drive.google.com/file/d/1AbC/view      | google.com
            https://sites.google.com/view/leak             | google.com
            http://127.0.0.5/leak.jpg                      | 127.0.0.5
            """)
    void lookalikeAndUnknownHostsGoToTheHostingProvider(String url, String site) {
        PlatformMatch match = REGISTRY.match(url);
        assertThat(match.platformId()).isEqualTo("HOSTING_PROVIDER");
        assertThat(match.site()).isEqualTo(site);
        assertThat(match.contentId()).isNull();
    }

    @Test
    void hostCaseAndTrailingDotDoNotMatter() {
        assertThat(REGISTRY.match("https://WWW.Facebook.COM./photo/?fbid=7").platformId()).isEqualTo("FACEBOOK");
    }

    @Test
    void unparsableUrlIsAHostingProviderItemWithoutHost() {
        PlatformMatch match = REGISTRY.match("not a url at all");
        assertThat(match.platformId()).isEqualTo("HOSTING_PROVIDER");
        assertThat(match.host()).isNull();
    }
}
