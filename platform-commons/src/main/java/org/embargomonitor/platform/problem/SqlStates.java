package org.embargomonitor.platform.problem;

import java.lang.reflect.Method;

/** Reads what a database client's exception says (its SQLSTATE, its detail) by method name, without its classes. */
final class SqlStates {

    private SqlStates() {
    }

    /** The SQLSTATE the failure carries (Vert.x SQL client or JDBC), or null. */
    static String of(Throwable failure) {
        String state = call(failure, "getSqlState");
        return state != null ? state : call(failure, "getSQLState");
    }

    static String call(Throwable failure, String getter) {
        try {
            Method method = failure.getClass().getMethod(getter);
            Object value = method.invoke(failure);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
