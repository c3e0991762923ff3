package se.samverkan.orderer.internalcontrol.domain;

/** The follow-up documents that report internal control (004): the interim report and the annual report. */
public enum Report { INTERIM, ANNUAL }
