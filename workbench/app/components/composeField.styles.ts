/** Compose form lines as Outlook lays them out: a narrow label column ("To", "Cc"…), the input filling the rest. */
import { makeStyles } from '@fluentui/react-components';

export const useComposeFieldStyles = makeStyles({
  field: { gridTemplateColumns: '64px 1fr' },
});
