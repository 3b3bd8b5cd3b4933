# explain (one vendor taken apart) and compare (two submissions of one product).

# explain: text and JSON on two examples, with a profile and with a waiver.
sbd_golden_test(explain_tessellate_text 0 explain examples/tessellate-te-gateway2.yaml)
sbd_golden_test(explain_bramble_json 0 explain --format json examples/bramble-bi-hmi12.yaml)
sbd_golden_test(explain_quayside_small_waived 0 explain --profile small --waivers examples/waivers/waivers.yaml
                --as-of 2026-11-30 examples/quayside-qs-historian5.yaml)
sbd_golden_test(explain_invalid_response 2 explain examples/invalid/broken-response.yaml)

# compare: last year's submission against this year's, and two different products.
sbd_golden_test(compare_history_text 0 compare examples/history/tessellate-te-gateway2-2025.yaml examples/tessellate-te-gateway2.yaml)
sbd_golden_test(compare_history_json 0 compare --format json examples/history/tessellate-te-gateway2-2025.yaml
                examples/tessellate-te-gateway2.yaml)
sbd_golden_test(compare_different_products 0 compare examples/helios-hc-rtu400.yaml examples/northwind-nw-plc7.yaml)

