package dev.xxgk.internal.pack;

/** Where a rule's authority comes from (rules-catalogue.md). */
public enum Basis {
  /** Printed in the regulation or the format. */
  OFFICIAL,
  /** Implied by the table hierarchy. */
  STRUCTURAL,
  /** Reviewer practice. */
  CONVENTION,
  /** Plausibility. */
  HEURISTIC
}
