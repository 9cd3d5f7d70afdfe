package io.stocktrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text a recall prints: its lists when the answer is whole, its counts and where the lists are when not. */
class RecallCommandTest {
    @Test
    void a_recall_answered_by_its_summary_prints_its_counts_and_where_its_customers_are() {
        var recall = ServerClient.JSON.readTree("""
                {"id": 7, "reference": "RC-0007", "reason": "Listeria", "affectedLots": [], "customers": [],
                 "blockedStock": [], "whole": false,
                 "counts": {"affectedLots": 22067, "customers": 150, "shipments": 27048, "blockedStock": 3}}""");
        assertThat(RecallCommand.summary(recall, "L-1", "MILK")).isEqualTo("""
                Recall RC-0007 of MILK L-1: Listeria

                recalled lots: 22067
                blocked stock rows: 3
                customers to contact: 150 (27048 shipments)

                too many lots to list here: GET /api/v1/recalls/7/customers.csv has every shipment
                """);
    }

    @Test
    void a_whole_recall_prints_its_lists() {
        var recall = ServerClient.JSON.readTree("""
                {"id": 8, "reference": "RC-0008", "reason": "Glass", "whole": true,
                 "affectedLots": [{"lotId": 1, "lotName": "L-1", "productName": "Milk"}], "customers": [],
                 "blockedStock": []}""");
        assertThat(RecallCommand.summary(recall, "L-1", "MILK")).contains("recalled lots (1):", "  L-1 · Milk",
                "blocked stock: none", "customers to contact (0):");
    }
}
