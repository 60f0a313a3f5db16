package org.pacta.core.agreement;

import java.time.LocalDate;

/** How far one party has gone with an agreement, and since when (null when undated). */
public record PartyStatus(String party, String status, LocalDate since) {
}
