package org.ncii.notifier.partner;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The production webhook policy on literal addresses, so no test needs DNS or a network. */
class WebhookUrlPolicyTest {
    private final WebhookUrlPolicy production = new WebhookUrlPolicy(true, Set.of(), null);
    private final WebhookUrlPolicy local = new WebhookUrlPolicy(false, Set.of("127.0.0.1", "localhost"), null);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook", "https://127.255.0.9/hook", "https://10.1.2.3/hook", "https://172.16.0.1/hook",
            "https://172.31.255.254/hook", "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data",
            "https://169.254.0.1/hook", "https://0.0.0.0/hook", "https://[::1]/hook", "https://[fc00::1]/hook",
            "https://[fd00:ec2::254]/hook", "https://[fe80::1]/hook", "https://[::ffff:10.0.0.1]/hook",
            "https://[::]/hook", "https://100.64.0.1/hook"})
    void internalAddressesAreRefusedInProduction(String url) {
        assertThatThrownBy(() -> production.check(URI.create(url)))
                .isInstanceOf(WebhookUrlPolicy.WebhookUrlRefused.class)
                .hasMessageContaining("address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/hook", "https://172.32.0.1/hook", "https://192.169.0.1/hook",
            "https://[2606:4700::1111]/hook", "https://8.8.8.8:8443/partner/notices"})
    void publicAddressesOverHttpsAreAccepted(String url) {
        assertThatCode(() -> production.check(URI.create(url))).doesNotThrowAnyException();
    }

    @Test
    void plainHttpIsRefusedInProduction() {
        assertThatThrownBy(() -> production.check(URI.create("http://93.184.215.14/hook")))
                .isInstanceOf(WebhookUrlPolicy.WebhookUrlRefused.class).hasMessageContaining("https");
    }

    @Test
    void credentialsAndOtherSchemesAreRefused() {
        assertThatThrownBy(() -> production.check(URI.create("https://user:pw@93.184.215.14/hook")))
                .isInstanceOf(WebhookUrlPolicy.WebhookUrlRefused.class);
        assertThatThrownBy(() -> production.check(URI.create("ftp://93.184.215.14/hook")))
                .isInstanceOf(WebhookUrlPolicy.WebhookUrlRefused.class);
        assertThatThrownBy(() -> production.check(URI.create("/relative")))
                .isInstanceOf(WebhookUrlPolicy.WebhookUrlRefused.class);
    }

    @Test
    void theLocalAllowListLetsOnlyTheNamedLoopbackThrough() {
        assertThatCode(() -> local.check(URI.create("http://127.0.0.1:8089/hook"))).doesNotThrowAnyException();
        assertThatCode(() -> local.check(URI.create("http://localhost:8089/hook"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> local.check(URI.create("http://127.0.0.2/hook")))
                .isInstanceOf(WebhookUrlPolicy.WebhookUrlRefused.class);
        assertThatThrownBy(() -> local.check(URI.create("http://10.0.0.1/hook")))
                .isInstanceOf(WebhookUrlPolicy.WebhookUrlRefused.class);
    }
}
