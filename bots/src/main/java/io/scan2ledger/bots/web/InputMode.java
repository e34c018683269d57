package io.scan2ledger.bots.web;

/**
 * How inputs reach a screen. {@code SCRIPT}: one script call per run of consecutive inputs sets
 * the values and fires focus/input/change/blur, as typing would; it also refuses a value longer
 * than the box's maxlength instead of letting the browser cut it. {@code KEYS}: real key events
 * through WebDriver, one element at a time, for screens whose scripts listen to keystrokes.
 */
public enum InputMode { SCRIPT, KEYS }
