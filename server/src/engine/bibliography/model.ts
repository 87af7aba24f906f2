/**
 * One entry model for every bibliography format (BibTeX/BibLaTeX, CSL-JSON, CSL-YAML).
 */
import type { Problem, TextFile, TextRange } from '../types';

/** Study designs, roughly from strongest to weakest evidence for treatment effects. */
export type StudyDesign =
  | 'guideline'
  | 'systematic review'
  | 'meta-analysis'
  | 'randomized controlled trial'
  | 'controlled trial'
  | 'cohort study'
  | 'case-control study'
  | 'cross-sectional study'
  | 'case series'
  | 'case report'
  | 'narrative review'
  | 'animal study'
  | 'in vitro study'
  | 'expert opinion';

/** A person, as family and given names (or a literal institution name). */
export interface Person {
  family: string;
  given?: string;
}

/** A bibliography entry, normalised. */
export interface BibEntry {
  key: string;
  /** The format's own type name (article, book, article-journal, …). */
  type: string;
  authors: Person[];
  /** True when the author list ends in "and others" (BibTeX) or is otherwise cut short. */
  moreAuthors?: boolean;
  year?: string;
  title?: string;
  container?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  url?: string;
  abstract?: string;
  keywords: string[];
  /** Reviewer metadata: recorded design, or undefined (see `classify.ts` for inference). */
  studyDesign?: string;
  evidenceLevel?: string;
  notes?: string;
  /** Where the entry is defined. */
  path: string;
  range: TextRange;
}

/** The entries of one or more bibliography files, with the problems found reading them. */
export interface Bibliography {
  entries: ReadonlyMap<string, BibEntry>;
  /** Every file that contributed, in order, with its text (for edits such as adding an entry). */
  files: TextFile[];
  problems: Problem[];
}

/** An empty bibliography. */
export const EMPTY_BIBLIOGRAPHY: Bibliography = { entries: new Map(), files: [], problems: [] };
