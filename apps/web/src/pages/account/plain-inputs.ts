/**
 * antd's `Input` carries TextArea, Search, OTP and Group as its properties,
 * so importing it brings all of them. The pages before sign-in need only the
 * text box and the password box: taken from their own modules, the rest stays
 * out of the first JavaScript a user downloads.
 */
export { default as TextInput } from 'antd/es/input/Input';
export { default as PasswordInput } from 'antd/es/input/Password';
