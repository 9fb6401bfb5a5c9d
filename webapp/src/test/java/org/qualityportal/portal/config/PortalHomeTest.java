package org.qualityportal.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalHomeTest {

    @Test
    void aSecondPortalOnTheSameDataFolderIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
        try (PortalHome first = PortalHome.claim(dir)) {
            assertThatThrownBy(() -> PortalHome.claim(dir))
                    .isInstanceOf(PortalHome.HomeInUseException.class)
                    .hasMessageContaining("already used by another running portal")
                    .hasMessageContaining(dir.toAbsolutePath().toString());
        }
        try (PortalHome again = PortalHome.claim(dir)) {
            assertThat(again.directory()).isEqualTo(dir);
        }
    }
}
