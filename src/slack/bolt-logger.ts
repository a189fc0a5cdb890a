import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../logger';

const PINO_LEVEL: Record<LogLevel, string> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/** Bolt and its Web API client log through our pino logger: JSON lines with the same redaction. */
export function boltLogger(logger: Logger): BoltLogger {
  let child = logger.child({ component: 'bolt' });
  const write =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...parts: unknown[]) => {
      // The Web API client logs several debug lines per call (bodies as JSON): not built unless wanted.
      if (!child.isLevelEnabled(level)) return;
      const errors = parts.filter((part): part is Error => part instanceof Error);
      const message = parts
        .filter((part) => !(part instanceof Error))
        .map((part) => (typeof part === 'string' ? part : JSON.stringify(part)))
        .join(' ');
      if (errors[0]) child[level]({ err: errors[0] }, message);
      else child[level](message);
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => {
      // The level comes from LOG_LEVEL through pino; Bolt's own default must not override it.
    },
    getLevel: () => {
      const entry = Object.entries(PINO_LEVEL).find(([, pinoLevel]) => pinoLevel === child.level);
      return (entry?.[0] as LogLevel | undefined) ?? LogLevel.ERROR;
    },
    setName: (name: string) => {
      child = logger.child({ component: name });
    },
  };
}
