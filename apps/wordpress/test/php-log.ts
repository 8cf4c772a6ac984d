/**
 * PHP's messages in the logs of the WordPress under test (WP_DEBUG_LOG and PHP's error_log), read
 * from a mark on, so that each check sees what its own steps caused.
 *
 * Debian's WordPress 6.1 itself logs messages that are not ours: deprecations under PHP 8.2 in its
 * own files (its bundled Requests library, formatting.php, …), and warnings from the dashboard's
 * calls home, which the test site blocks. A deprecation located in WordPress's own files is left
 * out; every warning, notice or error is kept, wherever it is, as is any line naming the plugin.
 */
import { readFileSync, statSync } from 'node:fs';

const MESSAGE = /PHP (Warning|Notice|Deprecated|Fatal error|Parse error|Recoverable fatal error)/;
const CORE_DEPRECATION = /PHP Deprecated: .* in \/usr\/share\/wordpress\/wp-(?:includes|admin)\//;

const size = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
};

export class PhpLog {
  private offsets = new Map<string, number>();

  constructor(private readonly files: readonly string[]) {
    this.mark();
  }

  /** Starts reading from the logs' current ends. */
  mark(): void {
    for (const file of this.files) this.offsets.set(file, size(file));
  }

  /** The messages logged since the mark that are ours or that a reader's page must never cause. */
  problems(): string[] {
    return this.files.flatMap((file) => {
      const from = this.offsets.get(file) ?? 0;
      if (size(file) <= from) return [];
      const text = readFileSync(file).subarray(from).toString('utf8');
      return text
        .split('\n')
        .filter(
          (line) =>
            line.includes('null-and-void') || (MESSAGE.test(line) && !CORE_DEPRECATION.test(line)),
        );
    });
  }
}
