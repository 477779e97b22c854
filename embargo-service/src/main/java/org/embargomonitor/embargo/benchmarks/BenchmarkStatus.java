package org.embargomonitor.embargo.benchmarks;

public enum BenchmarkStatus {
    NOT_ACHIEVED, PARTIALLY_ACHIEVED, ACHIEVED
}
