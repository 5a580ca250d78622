import { resolve } from 'node:path';
import { describeDatabase, loadConfig } from '../config/app-config';
import { openDatabase } from '../database/database.client';
import { AuditRepository } from '../modules/audit/audit.repository';
import { AuditService } from '../modules/audit/audit.service';
import { readArticles } from '../modules/knowledge/article-files';
import { KnowledgeIndex } from '../modules/knowledge/knowledge-index';
import { KnowledgeRepository } from '../modules/knowledge/knowledge.repository';
import { KnowledgeService } from '../modules/knowledge/knowledge.service';
import type { CliCommand } from './cli-command';

export const importKnowledgeCommand: CliCommand = {
  name: 'import-knowledge',
  summary: 'Import help articles from a folder of Markdown files or a JSON array',
  help: [
    'Usage: parley import-knowledge <folder-or-file.json>',
    '',
    'A folder: every *.md file is an article, with an optional front matter:',
    '  ---',
    '  title: How do I reset my password?',
    '  tags: accounts, login',
    '  locale: en',
    '  ---',
    '  Markdown body; `##` headings split it into passages the bot answers from.',
    'A JSON file: an array of { title, body, tags?, locale?, published?, slug? }.',
    'An article whose slug (file name, or made from the title) exists replaces it.',
  ].join('\n'),
  async run(args) {
    const [path, extra] = args;
    if (!path || extra !== undefined) throw new Error('give exactly one folder or JSON file (see --help)');
    const articles = readArticles(resolve(path));
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      await database.migrate();
      const repository = new KnowledgeRepository(database.db);
      const knowledge = new KnowledgeService(repository, new KnowledgeIndex(repository), new AuditService(new AuditRepository(database.db)));
      const { created, updated } = await knowledge.import(articles, null);
      process.stdout.write(`Imported ${articles.length} articles into ${describeDatabase(config.database)}: ${created} new, ${updated} replaced\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
