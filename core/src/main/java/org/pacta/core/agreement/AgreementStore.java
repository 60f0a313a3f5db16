package org.pacta.core.agreement;

import java.util.List;

/** Where agreements are kept (the agreements index). */
public interface AgreementStore {

    /** What {@link #replaceAll} changed. */
    record Changes(int written, int unchanged, int deleted) {
    }

    /** Makes the store hold exactly these agreements, writing only those that changed. */
    Changes replaceAll(List<Agreement> agreements);
}
