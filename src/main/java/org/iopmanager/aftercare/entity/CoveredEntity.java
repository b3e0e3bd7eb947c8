package org.iopmanager.aftercare.entity;

/**
 * What the law makes of a recipient, which decides what it may redisclose: another Part 2 programme, a HIPAA
 * covered entity (which since the 2024 rule may redisclose for treatment, payment and operations as HIPAA allows),
 * or neither (an alumni group, a sober house), which may redisclose nothing without a new consent.
 */
public enum CoveredEntity {
    PART2_PROGRAM,
    HIPAA_COVERED,
    NOT_COVERED
}
