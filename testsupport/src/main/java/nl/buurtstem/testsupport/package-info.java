/**
 * What the tests of every module need and none should write again: {@link nl.buurtstem.testsupport.Await} (waiting
 * for a condition with a deadline, never a fixed sleep), {@link nl.buurtstem.testsupport.TestClock} (a clock the test
 * moves by hand), {@link nl.buurtstem.testsupport.FreePort}, {@link nl.buurtstem.testsupport.StartedProcess} and
 * {@link nl.buurtstem.testsupport.Command}.
 *
 * <p>This module depends on no other Buurtstem module: hardware, opendata, kiosk and provisioning all take it in test
 * scope, and opendata's own tests use it, so a dependency on any of them would be a cycle Maven refuses. Helpers that
 * start a running central node or kiosk ({@code DraaiendeCentrale}, {@code Beheer}, the signed
 * fake kiosk {@code TestKiosk}, ...) therefore stay in opendata's test-jar, which kiosk and provisioning already use.
 */
package nl.buurtstem.testsupport;
