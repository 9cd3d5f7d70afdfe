package io.stocktrace.report;

import io.stocktrace.support.OnH2;

@OnH2
class Fsma204H2IT extends Fsma204Tests {
}
