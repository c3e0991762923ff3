package se.samverkan.orderer.internalcontrol.domain;

/** A control found no deviation, or a deviation that needs an action. */
public enum ControlOutcome { NO_DEVIATION, DEVIATION }
