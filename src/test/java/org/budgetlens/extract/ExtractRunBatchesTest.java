package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A run's documents are read in batches that never split a folder, so memory holds a batch, not the run. */
class ExtractRunBatchesTest {

    @Test
    void batchesCoverEveryDocumentOnceAndNeverSplitAFolder() {
        List<Path> docs = new ArrayList<>();
        for (int folder = 0; folder < 40; folder++) {
            for (int f = 0; f < 1 + folder % 3; f++) { // one to three files a folder (a narrative and a tables PDF)
                docs.add(Path.of("in", "agency" + folder, f + ".pdf"));
            }
        }
        List<int[]> batches = ExtractRun.batches(docs);
        assertThat(batches.size()).isGreaterThan(1);
        int next = 0;
        for (int[] b : batches) {
            assertThat(b[0]).isEqualTo(next);
            if (b[1] < docs.size()) {
                assertThat(b[1] - b[0]).isGreaterThanOrEqualTo(ExtractRun.BATCH);
                assertThat(docs.get(b[1]).getParent()).isNotEqualTo(docs.get(b[1] - 1).getParent());
            }
            next = b[1];
        }
        assertThat(next).isEqualTo(docs.size());
        assertThat(ExtractRun.batches(List.of())).isEmpty();
    }
}
