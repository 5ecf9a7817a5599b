package org.budgetlens.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A run's documents are read in batches of whole folders, so memory holds a batch, not the run. */
class ExtractRunBatchesTest {

    @Test
    void batchesCoverEveryDocumentOnceAndNeverSplitAFolderEvenWhenSortingInterleavesIt() {
        List<Path> docs = new ArrayList<>();
        for (int folder = 0; folder < 150; folder++) {
            docs.add(Path.of("in", "agency" + folder, "a.pdf"));
            docs.add(Path.of("in", "agency" + folder, "sub", "q.pdf")); // sorts between a.pdf and z.pdf
            docs.add(Path.of("in", "agency" + folder, "z.pdf"));
        }
        List<List<Integer>> batches = ExtractRun.batches(docs);
        assertThat(batches.size()).isGreaterThan(1);
        Set<Integer> seen = new HashSet<>();
        Map<Path, Integer> batchOf = new HashMap<>();
        for (int b = 0; b < batches.size(); b++) {
            if (b < batches.size() - 1) {
                assertThat(batches.get(b).size()).isGreaterThanOrEqualTo(ExtractRun.BATCH);
            }
            for (int i : batches.get(b)) {
                assertThat(seen.add(i)).isTrue();
                Integer before = batchOf.putIfAbsent(docs.get(i).getParent(), b);
                assertThat(before == null || before == b).as("a folder in one batch").isTrue();
            }
        }
        assertThat(seen).hasSize(docs.size());
        assertThat(ExtractRun.batches(List.of())).isEmpty();
    }
}
