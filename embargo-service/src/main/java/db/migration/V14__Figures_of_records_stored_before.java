package db.migration;

import org.embargomonitor.embargo.indicators.MissingFigureRows;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Computes the figures of the records stored before V13 kept them, from their facts, as the service does since. */
public class V14__Figures_of_records_stored_before extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        MissingFigureRows.fill(context.getConnection());
    }
}
