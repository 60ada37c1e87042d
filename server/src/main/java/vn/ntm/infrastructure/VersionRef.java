package vn.ntm.infrastructure;

import vn.ntm.common.InvalidParameterException;

/** The version of a feature the client last read: what an undo applies to. */
record VersionRef(Integer version) {

    VersionRef {
        require(version);
    }

    static void require(Integer version) {
        if (version == null) {
            throw new InvalidParameterException("version", "is required: send the version you read, so that "
                    + "a change made meanwhile by someone else is not overwritten");
        }
    }
}
