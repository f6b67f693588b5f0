package org.landausweep.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.landausweep.core.data.Bkw;
import org.landausweep.core.data.InitialDatum;

/** The datum codec: what {@code toJson} writes, {@code parse} reads back as the same datum. */
class DatumJsonTest {

    @Test
    void aMixtureRoundTripsToRounding() {
        InitialDatum datum = DatumJson.parse("{\"d\":2,\"family\":\"gaussian-mixture\",\"components\":["
                + "{\"weight\":0.3,\"mean\":[0.8,-0.2],\"covariance\":[[0.7,0.1],[0.1,0.5]]},"
                + "{\"weight\":0.7,\"mean\":[-0.3,0.1],\"covariance\":[[1.1,-0.2],[-0.2,1.2]]}]}");
        InitialDatum back = DatumJson.parse(DatumJson.toJson(datum));
        assertEquals(datum.e0Closed(), back.e0Closed(), 1e-14 * datum.e0Closed());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                assertEquals(datum.secondMoments()[i][j], back.secondMoments()[i][j], 1e-15);
            }
        }
    }

    @Test
    void bkwIsWrittenByItsK0() {
        assertEquals("{\"d\":3,\"family\":\"bkw\",\"K0\":0.7}", DatumJson.toJson(Bkw.of(3, 0.7)));
    }
}
