package org.roguewatch.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.roguewatch.registry.Setting;

/** config/alerts.properties loads, sets every key, and shows each key's default. */
class SampleConfigTest {
    @Test
    void theSampleDocumentsEverySettingAtItsDefault() throws Exception {
        AlertSettings sample = AlertSettings.load(Path.of("..", "config", "alerts.properties"));
        for (Setting setting : AlertSettings.schema().settings()) {
            String key = setting.key();
            assertEquals(true, sample.file().isSet(key), "documented: " + key);
            Object value = switch (setting.type()) {
                case BOOLEAN -> sample.file().getBoolean(key);
                case INT -> sample.file().getInt(key);
                case DOUBLE -> sample.file().getDouble(key);
                case SEVERITY -> sample.file().getSeverity(key);
                case STRING_LIST -> sample.file().getList(key);
                default -> sample.file().getString(key);
            };
            assertEquals(setting.defaultValue(), value, "sample shows the default of " + key);
        }
    }
}
