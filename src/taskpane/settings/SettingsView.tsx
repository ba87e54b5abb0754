import { Subtitle1 } from '@fluentui/react-components';
import { ConnectedSettings } from '../connected/ConnectedSettings';
import { useSettings } from '../services/useStore';
import { strings } from '../strings';
import { ScheduleSettings } from './ScheduleSettings';
import { useSettingsStyles } from './Settings.styles';
import { StorageSettings } from './StorageSettings';
import { TemplateSettings } from './TemplateSettings';

/** Settings: working week and ladder, on-send options, templates, storage, connected mode. */
export default function SettingsView() {
  const styles = useSettingsStyles();
  const settings = useSettings();
  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <Subtitle1 as="h2" id="settings-heading" className={styles.heading}>
        {strings.settings.heading}
      </Subtitle1>
      <ScheduleSettings settings={settings} />
      <TemplateSettings settings={settings} />
      <StorageSettings />
      <ConnectedSettings />
    </section>
  );
}
